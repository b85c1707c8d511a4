define ptx_kernel void @$K(i32* %list, i8* %full, i32 %ch, i8* %comp, i32* %clist, i32 %NQ, i32 %NK) {
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
	%22 = getelementptr i8, i8* %comp, i64 %21
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
	%60 = getelementptr i8, i8* %comp, i64 %59
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
	%92 = phi i32 [ 0, %85 ], [ %213, %211 ]
	%93 = phi i32 [ 0, %85 ], [ %212, %211 ]
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
	br label %214

107:
	%108 = phi i32 [ %97, %95 ], [ %118, %111 ]
	%109 = phi i32 [ 0, %95 ], [ %117, %111 ]
	%110 = icmp slt i32 %108, %100
	br i1 %110, label %111, label %119

111:
	%112 = add i32 %5, %108
	%113 = sext i32 %112 to i64
	%114 = getelementptr i8, i8* %comp, i64 %113
	%115 = load i8, i8* %114
	%116 = zext i8 %115 to i32
	%117 = or i32 %109, %116
	%118 = add i32 %108, 1
	br label %107

119:
	%120 = icmp ne i32 %109, 0
	%121 = zext i1 %120 to i32
	%122 = and i32 %0, 31
	%123 = lshr i32 %0, 5
	%124 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %121, i32 1, i32 0)
	%125 = icmp uge i32 %122, 1
	%126 = select i1 %125, i32 %124, i32 0
	%127 = add i32 %121, %126
	%128 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %127, i32 2, i32 0)
	%129 = icmp uge i32 %122, 2
	%130 = select i1 %129, i32 %128, i32 0
	%131 = add i32 %127, %130
	%132 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %131, i32 4, i32 0)
	%133 = icmp uge i32 %122, 4
	%134 = select i1 %133, i32 %132, i32 0
	%135 = add i32 %131, %134
	%136 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %135, i32 8, i32 0)
	%137 = icmp uge i32 %122, 8
	%138 = select i1 %137, i32 %136, i32 0
	%139 = add i32 %135, %138
	%140 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %139, i32 16, i32 0)
	%141 = icmp uge i32 %122, 16
	%142 = select i1 %141, i32 %140, i32 0
	%143 = add i32 %139, %142
	%144 = icmp eq i32 %122, 31
	br i1 %144, label %145, label %147

145:
	%146 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 %123
	store i32 %143, i32 addrspace(3)* %146
	br label %147

147:
	call void @llvm.nvvm.barrier0()
	%148 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 0
	%149 = load i32, i32 addrspace(3)* %148
	%150 = icmp sgt i32 %123, 0
	%151 = select i1 %150, i32 %149, i32 0
	%152 = add i32 0, %151
	%153 = add i32 0, %149
	%154 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 1
	%155 = load i32, i32 addrspace(3)* %154
	%156 = icmp sgt i32 %123, 1
	%157 = select i1 %156, i32 %155, i32 0
	%158 = add i32 %152, %157
	%159 = add i32 %153, %155
	%160 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 2
	%161 = load i32, i32 addrspace(3)* %160
	%162 = icmp sgt i32 %123, 2
	%163 = select i1 %162, i32 %161, i32 0
	%164 = add i32 %158, %163
	%165 = add i32 %159, %161
	%166 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 3
	%167 = load i32, i32 addrspace(3)* %166
	%168 = icmp sgt i32 %123, 3
	%169 = select i1 %168, i32 %167, i32 0
	%170 = add i32 %164, %169
	%171 = add i32 %165, %167
	%172 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 4
	%173 = load i32, i32 addrspace(3)* %172
	%174 = icmp sgt i32 %123, 4
	%175 = select i1 %174, i32 %173, i32 0
	%176 = add i32 %170, %175
	%177 = add i32 %171, %173
	%178 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 5
	%179 = load i32, i32 addrspace(3)* %178
	%180 = icmp sgt i32 %123, 5
	%181 = select i1 %180, i32 %179, i32 0
	%182 = add i32 %176, %181
	%183 = add i32 %177, %179
	%184 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 6
	%185 = load i32, i32 addrspace(3)* %184
	%186 = icmp sgt i32 %123, 6
	%187 = select i1 %186, i32 %185, i32 0
	%188 = add i32 %182, %187
	%189 = add i32 %183, %185
	%190 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 7
	%191 = load i32, i32 addrspace(3)* %190
	%192 = icmp sgt i32 %123, 7
	%193 = select i1 %192, i32 %191, i32 0
	%194 = add i32 %188, %193
	%195 = add i32 %189, %191
	%196 = add i32 %194, %143
	%197 = sub i32 %196, %121
	%198 = add i32 %30, %93
	%199 = add i32 %198, %197
	%200 = icmp slt i32 %199, %NK
	%201 = and i1 %120, %200
	br i1 %201, label %202, label %211

202:
	%203 = add i32 %NK, %96
	%204 = add i32 %11, %199
	%205 = sext i32 %204 to i64
	%206 = getelementptr i32, i32* %clist, i64 %205
	store i32 %203, i32* %206
	%207 = add i32 %11, %NK
	%208 = add i32 %207, %199
	%209 = sext i32 %208 to i64
	%210 = getelementptr i32, i32* %clist, i64 %209
	store i32 0, i32* %210
	br label %211

211:
	call void @llvm.nvvm.barrier0()
	%212 = add i32 %93, %195
	%213 = add i32 %92, 256
	br label %91

214:
	%215 = phi i32 [ %103, %101 ], [ %225, %217 ]
	%216 = icmp slt i32 %215, %106
	br i1 %216, label %217, label %226

217:
	%218 = add i32 %11, %215
	%219 = sext i32 %218 to i64
	%220 = getelementptr i32, i32* %clist, i64 %219
	store i32 -1, i32* %220
	%221 = add i32 %11, %NK
	%222 = add i32 %221, %215
	%223 = sext i32 %222 to i64
	%224 = getelementptr i32, i32* %clist, i64 %223
	store i32 -1, i32* %224
	%225 = add i32 %215, 256
	br label %214

226:
	ret void
}
