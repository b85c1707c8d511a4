define ptx_kernel void @$K(i32* %list, i8* %full, i32 %ch, i8* %flags, i32* %clist, i32* %comp, i32 %NQ, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %2, %NQ
	%4 = add i32 %3, %1
	%5 = mul i32 %4, %NK
	%6 = mul i32 %2, %ch
	%7 = mul i32 %6, %NQ
	%8 = add i32 %7, %1
	%9 = mul i32 %8, %NK
	%10 = mul i32 %4, 2
	%11 = mul i32 %10, %NK
	br label %12

12:
	%13 = phi i32 [ %0, %entry ], [ %23, %15 ]
	%14 = icmp slt i32 %13, %NK
	br i1 %14, label %15, label %24

15:
	%16 = add i32 %9, %13
	%17 = sext i32 %16 to i64
	%18 = getelementptr i8, i8* %full, i64 %17
	%19 = load i8, i8* %18
	%20 = add i32 %5, %13
	%21 = sext i32 %20 to i64
	%22 = getelementptr i8, i8* %flags, i64 %21
	store i8 %19, i8* %22
	%23 = add i32 %13, 256
	br label %12

24:
	%25 = icmp eq i32 %0, 0
	br i1 %25, label %26, label %27

26:
	store i32 %NK, i32 addrspace(3)* @$K_end
	br label %27

27:
	call void @llvm.nvvm.barrier0()
	br label %28

28:
	%29 = phi i32 [ 0, %27 ], [ %63, %61 ]
	%30 = phi i32 [ %NK, %27 ], [ %50, %61 ]
	%31 = icmp slt i32 %29, %NK
	br i1 %31, label %32, label %35

32:
	%33 = add i32 %29, %0
	%34 = icmp slt i32 %33, %NK
	br i1 %34, label %36, label %41

35:
	call void @llvm.nvvm.barrier0()
	br label %64

36:
	%37 = add i32 %11, %33
	%38 = sext i32 %37 to i64
	%39 = getelementptr i32, i32* %list, i64 %38
	%40 = load i32, i32* %39
	br label %41

41:
	%42 = phi i32 [ 0, %32 ], [ %40, %36 ]
	%43 = icmp slt i32 %42, 0
	%44 = and i1 %34, %43
	%45 = zext i1 %44 to i32
	%46 = call i32 @llvm.nvvm.barrier0.or(i32 %45)
	%47 = icmp ne i32 %46, 0
	br i1 %47, label %48, label %49

48:
	br i1 %44, label %53, label %55

49:
	%50 = phi i32 [ %NK, %41 ], [ %56, %55 ]
	%51 = icmp slt i32 %33, %50
	%52 = and i1 %34, %51
	br i1 %52, label %57, label %61

53:
	%54 = atomicrmw min i32 addrspace(3)* @$K_end, i32 %33 monotonic
	br label %55

55:
	call void @llvm.nvvm.barrier0()
	%56 = load i32, i32 addrspace(3)* @$K_end
	br label %49

57:
	%58 = add i32 %5, %42
	%59 = sext i32 %58 to i64
	%60 = getelementptr i8, i8* %flags, i64 %59
	store i8 0, i8* %60
	br label %61

61:
	%62 = add i32 %29, 256
	%63 = select i1 %47, i32 %NK, i32 %62
	br label %28

64:
	%65 = phi i32 [ %0, %35 ], [ %84, %67 ]
	%66 = icmp slt i32 %65, %30
	br i1 %66, label %67, label %85

67:
	%68 = mul i32 %NK, 0
	%69 = add i32 %11, %68
	%70 = add i32 %69, %65
	%71 = sext i32 %70 to i64
	%72 = getelementptr i32, i32* %list, i64 %71
	%73 = load i32, i32* %72
	%74 = sext i32 %70 to i64
	%75 = getelementptr i32, i32* %clist, i64 %74
	store i32 %73, i32* %75
	%76 = mul i32 %NK, 1
	%77 = add i32 %11, %76
	%78 = add i32 %77, %65
	%79 = sext i32 %78 to i64
	%80 = getelementptr i32, i32* %list, i64 %79
	%81 = load i32, i32* %80
	%82 = sext i32 %78 to i64
	%83 = getelementptr i32, i32* %clist, i64 %82
	store i32 %81, i32* %83
	%84 = add i32 %65, 256
	br label %64

85:
	%86 = add i32 %NK, 63
	%87 = sdiv i32 %86, 64
	%88 = add i32 %87, 255
	%89 = sdiv i32 %88, 256
	%90 = mul i32 %89, 256
	br label %91

91:
	%92 = phi i32 [ 0, %85 ], [ %240, %238 ]
	%93 = phi i32 [ 0, %85 ], [ %239, %238 ]
	%94 = icmp slt i32 %92, %90
	br i1 %94, label %95, label %101

95:
	%96 = add i32 %92, %0
	%97 = mul i32 %96, 64
	%98 = add i32 %97, 64
	%99 = icmp slt i32 %98, %NK
	%100 = select i1 %99, i32 %98, i32 %NK
	br label %107

101:
	%102 = add i32 %30, %93
	%103 = add i32 %102, %0
	%104 = add i32 %102, 1
	%105 = icmp slt i32 %104, %NK
	%106 = select i1 %105, i32 %104, i32 %NK
	br label %241

107:
	%108 = phi i32 [ %97, %95 ], [ %133, %113 ]
	%109 = phi i32 [ 0, %95 ], [ %120, %113 ]
	%110 = phi i32 [ 0, %95 ], [ %126, %113 ]
	%111 = phi i32 [ 0, %95 ], [ %132, %113 ]
	%112 = icmp slt i32 %108, %100
	br i1 %112, label %113, label %134

113:
	%114 = add i32 %5, %108
	%115 = sext i32 %114 to i64
	%116 = getelementptr i8, i8* %flags, i64 %115
	%117 = load i8, i8* %116
	%118 = zext i8 %117 to i32
	%119 = sub i32 %108, %97
	%120 = or i32 %109, %118
	%121 = lshr i32 %119, 5
	%122 = icmp eq i32 %121, 0
	%123 = and i32 %119, 31
	%124 = shl i32 %118, %123
	%125 = select i1 %122, i32 %124, i32 0
	%126 = or i32 %110, %125
	%127 = lshr i32 %119, 5
	%128 = icmp eq i32 %127, 1
	%129 = and i32 %119, 31
	%130 = shl i32 %118, %129
	%131 = select i1 %128, i32 %130, i32 0
	%132 = or i32 %111, %131
	%133 = add i32 %108, 1
	br label %107

134:
	%135 = icmp slt i32 %96, %87
	br i1 %135, label %136, label %146

136:
	%137 = mul i32 %4, %87
	%138 = add i32 %137, %96
	%139 = mul i32 %138, 2
	%140 = add i32 %139, 0
	%141 = sext i32 %140 to i64
	%142 = getelementptr i32, i32* %comp, i64 %141
	store i32 %110, i32* %142
	%143 = add i32 %139, 1
	%144 = sext i32 %143 to i64
	%145 = getelementptr i32, i32* %comp, i64 %144
	store i32 %111, i32* %145
	br label %146

146:
	%147 = icmp ne i32 %109, 0
	%148 = zext i1 %147 to i32
	%149 = and i32 %0, 31
	%150 = lshr i32 %0, 5
	%151 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %148, i32 1, i32 0)
	%152 = icmp uge i32 %149, 1
	%153 = select i1 %152, i32 %151, i32 0
	%154 = add i32 %148, %153
	%155 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %154, i32 2, i32 0)
	%156 = icmp uge i32 %149, 2
	%157 = select i1 %156, i32 %155, i32 0
	%158 = add i32 %154, %157
	%159 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %158, i32 4, i32 0)
	%160 = icmp uge i32 %149, 4
	%161 = select i1 %160, i32 %159, i32 0
	%162 = add i32 %158, %161
	%163 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %162, i32 8, i32 0)
	%164 = icmp uge i32 %149, 8
	%165 = select i1 %164, i32 %163, i32 0
	%166 = add i32 %162, %165
	%167 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %166, i32 16, i32 0)
	%168 = icmp uge i32 %149, 16
	%169 = select i1 %168, i32 %167, i32 0
	%170 = add i32 %166, %169
	%171 = icmp eq i32 %149, 31
	br i1 %171, label %172, label %174

172:
	%173 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 %150
	store i32 %170, i32 addrspace(3)* %173
	br label %174

174:
	call void @llvm.nvvm.barrier0()
	%175 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 0
	%176 = load i32, i32 addrspace(3)* %175
	%177 = icmp sgt i32 %150, 0
	%178 = select i1 %177, i32 %176, i32 0
	%179 = add i32 0, %178
	%180 = add i32 0, %176
	%181 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 1
	%182 = load i32, i32 addrspace(3)* %181
	%183 = icmp sgt i32 %150, 1
	%184 = select i1 %183, i32 %182, i32 0
	%185 = add i32 %179, %184
	%186 = add i32 %180, %182
	%187 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 2
	%188 = load i32, i32 addrspace(3)* %187
	%189 = icmp sgt i32 %150, 2
	%190 = select i1 %189, i32 %188, i32 0
	%191 = add i32 %185, %190
	%192 = add i32 %186, %188
	%193 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 3
	%194 = load i32, i32 addrspace(3)* %193
	%195 = icmp sgt i32 %150, 3
	%196 = select i1 %195, i32 %194, i32 0
	%197 = add i32 %191, %196
	%198 = add i32 %192, %194
	%199 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 4
	%200 = load i32, i32 addrspace(3)* %199
	%201 = icmp sgt i32 %150, 4
	%202 = select i1 %201, i32 %200, i32 0
	%203 = add i32 %197, %202
	%204 = add i32 %198, %200
	%205 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 5
	%206 = load i32, i32 addrspace(3)* %205
	%207 = icmp sgt i32 %150, 5
	%208 = select i1 %207, i32 %206, i32 0
	%209 = add i32 %203, %208
	%210 = add i32 %204, %206
	%211 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 6
	%212 = load i32, i32 addrspace(3)* %211
	%213 = icmp sgt i32 %150, 6
	%214 = select i1 %213, i32 %212, i32 0
	%215 = add i32 %209, %214
	%216 = add i32 %210, %212
	%217 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 7
	%218 = load i32, i32 addrspace(3)* %217
	%219 = icmp sgt i32 %150, 7
	%220 = select i1 %219, i32 %218, i32 0
	%221 = add i32 %215, %220
	%222 = add i32 %216, %218
	%223 = add i32 %221, %170
	%224 = sub i32 %223, %148
	%225 = add i32 %30, %93
	%226 = add i32 %225, %224
	%227 = icmp slt i32 %226, %NK
	%228 = and i1 %147, %227
	br i1 %228, label %229, label %238

229:
	%230 = add i32 %NK, %96
	%231 = add i32 %11, %226
	%232 = sext i32 %231 to i64
	%233 = getelementptr i32, i32* %clist, i64 %232
	store i32 %230, i32* %233
	%234 = add i32 %11, %NK
	%235 = add i32 %234, %226
	%236 = sext i32 %235 to i64
	%237 = getelementptr i32, i32* %clist, i64 %236
	store i32 0, i32* %237
	br label %238

238:
	call void @llvm.nvvm.barrier0()
	%239 = add i32 %93, %222
	%240 = add i32 %92, 256
	br label %91

241:
	%242 = phi i32 [ %103, %101 ], [ %252, %244 ]
	%243 = icmp slt i32 %242, %106
	br i1 %243, label %244, label %253

244:
	%245 = add i32 %11, %242
	%246 = sext i32 %245 to i64
	%247 = getelementptr i32, i32* %clist, i64 %246
	store i32 -1, i32* %247
	%248 = add i32 %11, %NK
	%249 = add i32 %248, %242
	%250 = sext i32 %249 to i64
	%251 = getelementptr i32, i32* %clist, i64 %250
	store i32 -1, i32* %251
	%252 = add i32 %242, 256
	br label %241

253:
	ret void
}
