define ptx_kernel void @$K(i32* %list, i32 %lh, i32 %NQ, i32 %NK, i32 %W, i32* %out) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = add i32 %NQ, 1
	%4 = lshr i32 %3, 1
	%5 = sdiv i32 %2, %lh
	%6 = mul i32 %2, %4
	%7 = add i32 %6, %1
	%8 = mul i32 %7, %W
	br label %9

9:
	%10 = phi i32 [ 0, %entry ], [ %143, %142 ]
	%11 = phi i32 [ 0, %entry ], [ %137, %142 ]
	%12 = icmp slt i32 %10, %W
	br i1 %12, label %13, label %17

13:
	%14 = sub i32 %W, %10
	%15 = icmp slt i32 %14, u0x8000
	%16 = select i1 %15, i32 %14, i32 u0x8000
	br label %21

17:
	%18 = icmp eq i32 %0, 0
	%19 = icmp slt i32 %11, %W
	%20 = and i1 %18, %19
	br i1 %20, label %240, label %244

21:
	%22 = phi i32 [ %0, %13 ], [ %26, %24 ]
	%23 = icmp slt i32 %22, %16
	br i1 %23, label %24, label %27

24:
	%25 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %22
	store i8 0, i8 addrspace(3)* %25
	%26 = add i32 %22, 256
	br label %21

27:
	call void @llvm.nvvm.barrier0()
	%28 = shl i32 %1, 1
	%29 = add i32 %28, 0
	%30 = icmp slt i32 %29, %NQ
	br i1 %30, label %31, label %37

31:
	%32 = mul i32 %5, %NQ
	%33 = add i32 %32, %29
	%34 = mul i32 %33, 2
	%35 = mul i32 %34, %NK
	%36 = icmp eq i32 %0, 0
	br i1 %36, label %41, label %42

37:
	%38 = shl i32 %1, 1
	%39 = add i32 %38, 1
	%40 = icmp slt i32 %39, %NQ
	br i1 %40, label %83, label %89

41:
	store i32 %NK, i32 addrspace(3)* @$K_end
	br label %42

42:
	call void @llvm.nvvm.barrier0()
	br label %43

43:
	%44 = phi i32 [ 0, %42 ], [ %77, %75 ]
	%45 = phi i32 [ %NK, %42 ], [ %65, %75 ]
	%46 = icmp slt i32 %44, %NK
	br i1 %46, label %47, label %50

47:
	%48 = add i32 %44, %0
	%49 = icmp slt i32 %48, %NK
	br i1 %49, label %51, label %56

50:
	call void @llvm.nvvm.barrier0()
	br label %37

51:
	%52 = add i32 %35, %48
	%53 = sext i32 %52 to i64
	%54 = getelementptr i32, i32* %list, i64 %53
	%55 = load i32, i32* %54
	br label %56

56:
	%57 = phi i32 [ 0, %47 ], [ %55, %51 ]
	%58 = icmp slt i32 %57, 0
	%59 = and i1 %49, %58
	%60 = zext i1 %59 to i32
	%61 = call i32 @llvm.nvvm.barrier0.or(i32 %60)
	%62 = icmp ne i32 %61, 0
	br i1 %62, label %63, label %64

63:
	br i1 %59, label %68, label %70

64:
	%65 = phi i32 [ %NK, %56 ], [ %71, %70 ]
	%66 = icmp slt i32 %48, %65
	%67 = and i1 %49, %66
	br i1 %67, label %72, label %75

68:
	%69 = atomicrmw min i32 addrspace(3)* @$K_end, i32 %48 monotonic
	br label %70

70:
	call void @llvm.nvvm.barrier0()
	%71 = load i32, i32 addrspace(3)* @$K_end
	br label %64

72:
	%73 = sub i32 %57, %10
	%74 = icmp ult i32 %73, %16
	br i1 %74, label %78, label %82

75:
	%76 = add i32 %44, 256
	%77 = select i1 %62, i32 %NK, i32 %76
	br label %43

78:
	%79 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %73
	%80 = load i8, i8 addrspace(3)* %79
	%81 = or i8 %80, 1
	store i8 %81, i8 addrspace(3)* %79
	br label %82

82:
	br label %75

83:
	%84 = mul i32 %5, %NQ
	%85 = add i32 %84, %39
	%86 = mul i32 %85, 2
	%87 = mul i32 %86, %NK
	%88 = icmp eq i32 %0, 0
	br i1 %88, label %93, label %94

89:
	%90 = add i32 %16, 255
	%91 = sdiv i32 %90, 256
	%92 = mul i32 %91, 256
	br label %135

93:
	store i32 %NK, i32 addrspace(3)* @$K_end
	br label %94

94:
	call void @llvm.nvvm.barrier0()
	br label %95

95:
	%96 = phi i32 [ 0, %94 ], [ %129, %127 ]
	%97 = phi i32 [ %NK, %94 ], [ %117, %127 ]
	%98 = icmp slt i32 %96, %NK
	br i1 %98, label %99, label %102

99:
	%100 = add i32 %96, %0
	%101 = icmp slt i32 %100, %NK
	br i1 %101, label %103, label %108

102:
	call void @llvm.nvvm.barrier0()
	br label %89

103:
	%104 = add i32 %87, %100
	%105 = sext i32 %104 to i64
	%106 = getelementptr i32, i32* %list, i64 %105
	%107 = load i32, i32* %106
	br label %108

108:
	%109 = phi i32 [ 0, %99 ], [ %107, %103 ]
	%110 = icmp slt i32 %109, 0
	%111 = and i1 %101, %110
	%112 = zext i1 %111 to i32
	%113 = call i32 @llvm.nvvm.barrier0.or(i32 %112)
	%114 = icmp ne i32 %113, 0
	br i1 %114, label %115, label %116

115:
	br i1 %111, label %120, label %122

116:
	%117 = phi i32 [ %NK, %108 ], [ %123, %122 ]
	%118 = icmp slt i32 %100, %117
	%119 = and i1 %101, %118
	br i1 %119, label %124, label %127

120:
	%121 = atomicrmw min i32 addrspace(3)* @$K_end, i32 %100 monotonic
	br label %122

122:
	call void @llvm.nvvm.barrier0()
	%123 = load i32, i32 addrspace(3)* @$K_end
	br label %116

124:
	%125 = sub i32 %109, %10
	%126 = icmp ult i32 %125, %16
	br i1 %126, label %130, label %134

127:
	%128 = add i32 %96, 256
	%129 = select i1 %114, i32 %NK, i32 %128
	br label %95

130:
	%131 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %125
	%132 = load i8, i8 addrspace(3)* %131
	%133 = or i8 %132, 2
	store i8 %133, i8 addrspace(3)* %131
	br label %134

134:
	br label %127

135:
	%136 = phi i32 [ 0, %89 ], [ %239, %238 ]
	%137 = phi i32 [ %11, %89 ], [ %231, %238 ]
	%138 = icmp slt i32 %136, %92
	br i1 %138, label %139, label %142

139:
	%140 = add i32 %136, %0
	%141 = icmp slt i32 %140, %16
	br i1 %141, label %144, label %148

142:
	%143 = add i32 %10, u0x8000
	br label %9

144:
	%145 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %140
	%146 = load i8, i8 addrspace(3)* %145
	%147 = zext i8 %146 to i32
	br label %148

148:
	%149 = phi i32 [ 0, %139 ], [ %147, %144 ]
	%150 = icmp ne i32 %149, 0
	%151 = zext i1 %150 to i32
	%152 = and i32 %0, 31
	%153 = lshr i32 %0, 5
	%154 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %151, i32 1, i32 0)
	%155 = icmp uge i32 %152, 1
	%156 = select i1 %155, i32 %154, i32 0
	%157 = add i32 %151, %156
	%158 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %157, i32 2, i32 0)
	%159 = icmp uge i32 %152, 2
	%160 = select i1 %159, i32 %158, i32 0
	%161 = add i32 %157, %160
	%162 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %161, i32 4, i32 0)
	%163 = icmp uge i32 %152, 4
	%164 = select i1 %163, i32 %162, i32 0
	%165 = add i32 %161, %164
	%166 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %165, i32 8, i32 0)
	%167 = icmp uge i32 %152, 8
	%168 = select i1 %167, i32 %166, i32 0
	%169 = add i32 %165, %168
	%170 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %169, i32 16, i32 0)
	%171 = icmp uge i32 %152, 16
	%172 = select i1 %171, i32 %170, i32 0
	%173 = add i32 %169, %172
	%174 = icmp eq i32 %152, 31
	br i1 %174, label %175, label %177

175:
	%176 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 %153
	store i32 %173, i32 addrspace(3)* %176
	br label %177

177:
	call void @llvm.nvvm.barrier0()
	%178 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 0
	%179 = load i32, i32 addrspace(3)* %178
	%180 = icmp sgt i32 %153, 0
	%181 = select i1 %180, i32 %179, i32 0
	%182 = add i32 0, %181
	%183 = add i32 0, %179
	%184 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 1
	%185 = load i32, i32 addrspace(3)* %184
	%186 = icmp sgt i32 %153, 1
	%187 = select i1 %186, i32 %185, i32 0
	%188 = add i32 %182, %187
	%189 = add i32 %183, %185
	%190 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 2
	%191 = load i32, i32 addrspace(3)* %190
	%192 = icmp sgt i32 %153, 2
	%193 = select i1 %192, i32 %191, i32 0
	%194 = add i32 %188, %193
	%195 = add i32 %189, %191
	%196 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 3
	%197 = load i32, i32 addrspace(3)* %196
	%198 = icmp sgt i32 %153, 3
	%199 = select i1 %198, i32 %197, i32 0
	%200 = add i32 %194, %199
	%201 = add i32 %195, %197
	%202 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 4
	%203 = load i32, i32 addrspace(3)* %202
	%204 = icmp sgt i32 %153, 4
	%205 = select i1 %204, i32 %203, i32 0
	%206 = add i32 %200, %205
	%207 = add i32 %201, %203
	%208 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 5
	%209 = load i32, i32 addrspace(3)* %208
	%210 = icmp sgt i32 %153, 5
	%211 = select i1 %210, i32 %209, i32 0
	%212 = add i32 %206, %211
	%213 = add i32 %207, %209
	%214 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 6
	%215 = load i32, i32 addrspace(3)* %214
	%216 = icmp sgt i32 %153, 6
	%217 = select i1 %216, i32 %215, i32 0
	%218 = add i32 %212, %217
	%219 = add i32 %213, %215
	%220 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 7
	%221 = load i32, i32 addrspace(3)* %220
	%222 = icmp sgt i32 %153, 7
	%223 = select i1 %222, i32 %221, i32 0
	%224 = add i32 %218, %223
	%225 = add i32 %219, %221
	%226 = add i32 %224, %173
	%227 = sub i32 %226, %151
	%228 = add i32 %10, %140
	%229 = add i32 %137, %227
	%230 = icmp ne i32 %149, 0
	%231 = add i32 %137, %225
	br i1 %230, label %232, label %238

232:
	%233 = shl i32 %149, 24
	%234 = or i32 %228, %233
	%235 = add i32 %8, %229
	%236 = sext i32 %235 to i64
	%237 = getelementptr i32, i32* %out, i64 %236
	store i32 %234, i32* %237
	br label %238

238:
	call void @llvm.nvvm.barrier0()
	%239 = add i32 %136, 256
	br label %135

240:
	%241 = add i32 %8, %11
	%242 = sext i32 %241 to i64
	%243 = getelementptr i32, i32* %out, i64 %242
	store i32 -1, i32* %243
	br label %244

244:
	ret void
}
