define ptx_kernel void @$K(i16* %q, i16* %k, i32* %perm, i32 %M, i32 %N, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = sdiv i32 %2, %group
	%4 = icmp eq i32 %0, 0
	br i1 %4, label %5, label %8

5:
	%6 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 0
	store i32 0, i32 addrspace(3)* %6
	%7 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 1
	store i32 0, i32 addrspace(3)* %7
	br label %8

8:
	%9 = add i32 %M, 255
	%10 = sdiv i32 %9, 256
	%11 = sub i32 %10, 1
	%12 = mul i32 %11, 256
	%13 = sub i32 %M, %12
	%14 = sitofp i32 %13 to float
	%15 = mul i32 %2, %M
	%16 = mul i32 %15, 64
	%17 = sext i32 %16 to i64
	%18 = getelementptr i16, i16* %q, i64 %17
	br label %19

19:
	%20 = phi i32 [ %0, %8 ], [ %45, %42 ]
	%21 = icmp slt i32 %20, 64
	br i1 %21, label %22, label %23

22:
	br label %29

23:
	call void @llvm.nvvm.barrier0()
	%24 = mul i32 %1, 256
	%25 = add i32 %24, %0
	%26 = icmp slt i32 %0, 256
	%27 = icmp slt i32 %25, %N
	%28 = and i1 %26, %27
	br i1 %28, label %46, label %52

29:
	%30 = phi i32 [ %12, %22 ], [ %41, %33 ]
	%31 = phi float [ 0.0, %22 ], [ %40, %33 ]
	%32 = icmp slt i32 %30, %M
	br i1 %32, label %33, label %42

33:
	%34 = mul i32 %30, 64
	%35 = add i32 %34, %20
	%36 = sext i32 %35 to i64
	%37 = getelementptr i16, i16* %18, i64 %36
	%38 = load i16, i16* %37
	%39 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %38)
	%40 = fadd float %31, %39
	%41 = add i32 %30, 1
	br label %29

42:
	%43 = fdiv float %31, %14
	%44 = getelementptr [64 x float], [64 x float] addrspace(3)* @$K_probe, i32 0, i32 %20
	store float %43, float addrspace(3)* %44
	%45 = add i32 %20, 256
	br label %19

46:
	%47 = mul i32 %3, %N
	%48 = add i32 %47, %25
	%49 = mul i32 %48, 64
	%50 = sext i32 %49 to i64
	%51 = getelementptr i16, i16* %k, i64 %50
	br label %63

52:
	%53 = phi float [ 0.0, %23 ], [ %77, %76 ]
	%54 = and i32 %0, 31
	%55 = icmp eq i32 %54, 0
	%56 = fcmp ueq float %53, 0x7FF0000000000000
	%57 = and i1 %28, %56
	%58 = fcmp ogt float %53, 0xFFF0000000000000
	%59 = and i1 %28, %58
	%60 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %57)
	%61 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %59)
	%62 = and i1 %60, %55
	br i1 %62, label %78, label %80

63:
	%64 = phi i32 [ 0, %46 ], [ %75, %67 ]
	%65 = phi float [ 0.0, %46 ], [ %74, %67 ]
	%66 = icmp slt i32 %64, 64
	br i1 %66, label %67, label %76

67:
	%68 = sext i32 %64 to i64
	%69 = getelementptr i16, i16* %51, i64 %68
	%70 = load i16, i16* %69
	%71 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %70)
	%72 = getelementptr [64 x float], [64 x float] addrspace(3)* @$K_probe, i32 0, i32 %64
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.fma.f32(float %73, float %71, float %65)
	%75 = add i32 %64, 1
	br label %63

76:
	%77 = fmul float %65, 0.125
	br label %52

78:
	%79 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %79
	br label %80

80:
	%81 = and i1 %61, %55
	br i1 %81, label %82, label %84

82:
	%83 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %83
	br label %84

84:
	call void @llvm.nvvm.barrier0()
	%85 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 0
	%86 = load i32, i32 addrspace(3)* %85
	%87 = icmp ne i32 %86, 0
	%88 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_flag, i32 0, i32 1
	%89 = load i32, i32 addrspace(3)* %88
	%90 = icmp eq i32 %89, 0
	%91 = or i1 %87, %90
	br i1 %91, label %identity, label %sort

sort:
	%92 = bitcast float %53 to i32
	%93 = icmp slt i32 %92, 0
	%94 = select i1 %93, i32 -1, i32 -2147483648
	%95 = xor i32 %92, %94
	%96 = xor i32 %95, -1
	%97 = zext i32 %96 to i64
	%98 = shl i64 %97, 32
	%99 = zext i32 %25 to i64
	%100 = or i64 %98, %99
	%101 = select i1 %28, i64 %100, i64 -1
	%102 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %101, i64 addrspace(3)* %102
	call void @llvm.nvvm.barrier0()
	%103 = xor i32 %0, 1
	%104 = icmp ugt i32 %103, %0
	br i1 %104, label %111, label %121

identity:
	br i1 %28, label %105, label %110

done:
	ret void

105:
	%106 = mul i32 %2, %N
	%107 = add i32 %106, %25
	%108 = sext i32 %107 to i64
	%109 = getelementptr i32, i32* %perm, i64 %108
	store i32 %25, i32* %109
	br label %110

110:
	br label %done

111:
	%112 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%113 = load i64, i64 addrspace(3)* %112
	%114 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %103
	%115 = load i64, i64 addrspace(3)* %114
	%116 = and i32 %0, 2
	%117 = icmp eq i32 %116, 0
	%118 = icmp ugt i64 %113, %115
	%119 = icmp ult i64 %113, %115
	%120 = select i1 %117, i1 %118, i1 %119
	br i1 %120, label %124, label %127

121:
	call void @llvm.nvvm.barrier0()
	%122 = xor i32 %0, 2
	%123 = icmp ugt i32 %122, %0
	br i1 %123, label %128, label %138

124:
	%125 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %115, i64 addrspace(3)* %125
	%126 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %103
	store i64 %113, i64 addrspace(3)* %126
	br label %127

127:
	br label %121

128:
	%129 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%130 = load i64, i64 addrspace(3)* %129
	%131 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %122
	%132 = load i64, i64 addrspace(3)* %131
	%133 = and i32 %0, 4
	%134 = icmp eq i32 %133, 0
	%135 = icmp ugt i64 %130, %132
	%136 = icmp ult i64 %130, %132
	%137 = select i1 %134, i1 %135, i1 %136
	br i1 %137, label %141, label %144

138:
	call void @llvm.nvvm.barrier0()
	%139 = xor i32 %0, 1
	%140 = icmp ugt i32 %139, %0
	br i1 %140, label %145, label %155

141:
	%142 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %132, i64 addrspace(3)* %142
	%143 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %122
	store i64 %130, i64 addrspace(3)* %143
	br label %144

144:
	br label %138

145:
	%146 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%147 = load i64, i64 addrspace(3)* %146
	%148 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %139
	%149 = load i64, i64 addrspace(3)* %148
	%150 = and i32 %0, 4
	%151 = icmp eq i32 %150, 0
	%152 = icmp ugt i64 %147, %149
	%153 = icmp ult i64 %147, %149
	%154 = select i1 %151, i1 %152, i1 %153
	br i1 %154, label %158, label %161

155:
	call void @llvm.nvvm.barrier0()
	%156 = xor i32 %0, 4
	%157 = icmp ugt i32 %156, %0
	br i1 %157, label %162, label %172

158:
	%159 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %149, i64 addrspace(3)* %159
	%160 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %139
	store i64 %147, i64 addrspace(3)* %160
	br label %161

161:
	br label %155

162:
	%163 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%164 = load i64, i64 addrspace(3)* %163
	%165 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %156
	%166 = load i64, i64 addrspace(3)* %165
	%167 = and i32 %0, 8
	%168 = icmp eq i32 %167, 0
	%169 = icmp ugt i64 %164, %166
	%170 = icmp ult i64 %164, %166
	%171 = select i1 %168, i1 %169, i1 %170
	br i1 %171, label %175, label %178

172:
	call void @llvm.nvvm.barrier0()
	%173 = xor i32 %0, 2
	%174 = icmp ugt i32 %173, %0
	br i1 %174, label %179, label %189

175:
	%176 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %166, i64 addrspace(3)* %176
	%177 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %156
	store i64 %164, i64 addrspace(3)* %177
	br label %178

178:
	br label %172

179:
	%180 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%181 = load i64, i64 addrspace(3)* %180
	%182 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %173
	%183 = load i64, i64 addrspace(3)* %182
	%184 = and i32 %0, 8
	%185 = icmp eq i32 %184, 0
	%186 = icmp ugt i64 %181, %183
	%187 = icmp ult i64 %181, %183
	%188 = select i1 %185, i1 %186, i1 %187
	br i1 %188, label %192, label %195

189:
	call void @llvm.nvvm.barrier0()
	%190 = xor i32 %0, 1
	%191 = icmp ugt i32 %190, %0
	br i1 %191, label %196, label %206

192:
	%193 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %183, i64 addrspace(3)* %193
	%194 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %173
	store i64 %181, i64 addrspace(3)* %194
	br label %195

195:
	br label %189

196:
	%197 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%198 = load i64, i64 addrspace(3)* %197
	%199 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %190
	%200 = load i64, i64 addrspace(3)* %199
	%201 = and i32 %0, 8
	%202 = icmp eq i32 %201, 0
	%203 = icmp ugt i64 %198, %200
	%204 = icmp ult i64 %198, %200
	%205 = select i1 %202, i1 %203, i1 %204
	br i1 %205, label %209, label %212

206:
	call void @llvm.nvvm.barrier0()
	%207 = xor i32 %0, 8
	%208 = icmp ugt i32 %207, %0
	br i1 %208, label %213, label %223

209:
	%210 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %200, i64 addrspace(3)* %210
	%211 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %190
	store i64 %198, i64 addrspace(3)* %211
	br label %212

212:
	br label %206

213:
	%214 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%215 = load i64, i64 addrspace(3)* %214
	%216 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %207
	%217 = load i64, i64 addrspace(3)* %216
	%218 = and i32 %0, 16
	%219 = icmp eq i32 %218, 0
	%220 = icmp ugt i64 %215, %217
	%221 = icmp ult i64 %215, %217
	%222 = select i1 %219, i1 %220, i1 %221
	br i1 %222, label %226, label %229

223:
	call void @llvm.nvvm.barrier0()
	%224 = xor i32 %0, 4
	%225 = icmp ugt i32 %224, %0
	br i1 %225, label %230, label %240

226:
	%227 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %217, i64 addrspace(3)* %227
	%228 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %207
	store i64 %215, i64 addrspace(3)* %228
	br label %229

229:
	br label %223

230:
	%231 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%232 = load i64, i64 addrspace(3)* %231
	%233 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %224
	%234 = load i64, i64 addrspace(3)* %233
	%235 = and i32 %0, 16
	%236 = icmp eq i32 %235, 0
	%237 = icmp ugt i64 %232, %234
	%238 = icmp ult i64 %232, %234
	%239 = select i1 %236, i1 %237, i1 %238
	br i1 %239, label %243, label %246

240:
	call void @llvm.nvvm.barrier0()
	%241 = xor i32 %0, 2
	%242 = icmp ugt i32 %241, %0
	br i1 %242, label %247, label %257

243:
	%244 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %234, i64 addrspace(3)* %244
	%245 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %224
	store i64 %232, i64 addrspace(3)* %245
	br label %246

246:
	br label %240

247:
	%248 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%249 = load i64, i64 addrspace(3)* %248
	%250 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %241
	%251 = load i64, i64 addrspace(3)* %250
	%252 = and i32 %0, 16
	%253 = icmp eq i32 %252, 0
	%254 = icmp ugt i64 %249, %251
	%255 = icmp ult i64 %249, %251
	%256 = select i1 %253, i1 %254, i1 %255
	br i1 %256, label %260, label %263

257:
	call void @llvm.nvvm.barrier0()
	%258 = xor i32 %0, 1
	%259 = icmp ugt i32 %258, %0
	br i1 %259, label %264, label %274

260:
	%261 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %251, i64 addrspace(3)* %261
	%262 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %241
	store i64 %249, i64 addrspace(3)* %262
	br label %263

263:
	br label %257

264:
	%265 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%266 = load i64, i64 addrspace(3)* %265
	%267 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %258
	%268 = load i64, i64 addrspace(3)* %267
	%269 = and i32 %0, 16
	%270 = icmp eq i32 %269, 0
	%271 = icmp ugt i64 %266, %268
	%272 = icmp ult i64 %266, %268
	%273 = select i1 %270, i1 %271, i1 %272
	br i1 %273, label %277, label %280

274:
	call void @llvm.nvvm.barrier0()
	%275 = xor i32 %0, 16
	%276 = icmp ugt i32 %275, %0
	br i1 %276, label %281, label %291

277:
	%278 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %268, i64 addrspace(3)* %278
	%279 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %258
	store i64 %266, i64 addrspace(3)* %279
	br label %280

280:
	br label %274

281:
	%282 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%283 = load i64, i64 addrspace(3)* %282
	%284 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %275
	%285 = load i64, i64 addrspace(3)* %284
	%286 = and i32 %0, 32
	%287 = icmp eq i32 %286, 0
	%288 = icmp ugt i64 %283, %285
	%289 = icmp ult i64 %283, %285
	%290 = select i1 %287, i1 %288, i1 %289
	br i1 %290, label %294, label %297

291:
	call void @llvm.nvvm.barrier0()
	%292 = xor i32 %0, 8
	%293 = icmp ugt i32 %292, %0
	br i1 %293, label %298, label %308

294:
	%295 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %285, i64 addrspace(3)* %295
	%296 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %275
	store i64 %283, i64 addrspace(3)* %296
	br label %297

297:
	br label %291

298:
	%299 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%300 = load i64, i64 addrspace(3)* %299
	%301 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %292
	%302 = load i64, i64 addrspace(3)* %301
	%303 = and i32 %0, 32
	%304 = icmp eq i32 %303, 0
	%305 = icmp ugt i64 %300, %302
	%306 = icmp ult i64 %300, %302
	%307 = select i1 %304, i1 %305, i1 %306
	br i1 %307, label %311, label %314

308:
	call void @llvm.nvvm.barrier0()
	%309 = xor i32 %0, 4
	%310 = icmp ugt i32 %309, %0
	br i1 %310, label %315, label %325

311:
	%312 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %302, i64 addrspace(3)* %312
	%313 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %292
	store i64 %300, i64 addrspace(3)* %313
	br label %314

314:
	br label %308

315:
	%316 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%317 = load i64, i64 addrspace(3)* %316
	%318 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %309
	%319 = load i64, i64 addrspace(3)* %318
	%320 = and i32 %0, 32
	%321 = icmp eq i32 %320, 0
	%322 = icmp ugt i64 %317, %319
	%323 = icmp ult i64 %317, %319
	%324 = select i1 %321, i1 %322, i1 %323
	br i1 %324, label %328, label %331

325:
	call void @llvm.nvvm.barrier0()
	%326 = xor i32 %0, 2
	%327 = icmp ugt i32 %326, %0
	br i1 %327, label %332, label %342

328:
	%329 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %319, i64 addrspace(3)* %329
	%330 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %309
	store i64 %317, i64 addrspace(3)* %330
	br label %331

331:
	br label %325

332:
	%333 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%334 = load i64, i64 addrspace(3)* %333
	%335 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %326
	%336 = load i64, i64 addrspace(3)* %335
	%337 = and i32 %0, 32
	%338 = icmp eq i32 %337, 0
	%339 = icmp ugt i64 %334, %336
	%340 = icmp ult i64 %334, %336
	%341 = select i1 %338, i1 %339, i1 %340
	br i1 %341, label %345, label %348

342:
	call void @llvm.nvvm.barrier0()
	%343 = xor i32 %0, 1
	%344 = icmp ugt i32 %343, %0
	br i1 %344, label %349, label %359

345:
	%346 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %336, i64 addrspace(3)* %346
	%347 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %326
	store i64 %334, i64 addrspace(3)* %347
	br label %348

348:
	br label %342

349:
	%350 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%351 = load i64, i64 addrspace(3)* %350
	%352 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %343
	%353 = load i64, i64 addrspace(3)* %352
	%354 = and i32 %0, 32
	%355 = icmp eq i32 %354, 0
	%356 = icmp ugt i64 %351, %353
	%357 = icmp ult i64 %351, %353
	%358 = select i1 %355, i1 %356, i1 %357
	br i1 %358, label %362, label %365

359:
	call void @llvm.nvvm.barrier0()
	%360 = xor i32 %0, 32
	%361 = icmp ugt i32 %360, %0
	br i1 %361, label %366, label %376

362:
	%363 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %353, i64 addrspace(3)* %363
	%364 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %343
	store i64 %351, i64 addrspace(3)* %364
	br label %365

365:
	br label %359

366:
	%367 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%368 = load i64, i64 addrspace(3)* %367
	%369 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %360
	%370 = load i64, i64 addrspace(3)* %369
	%371 = and i32 %0, 64
	%372 = icmp eq i32 %371, 0
	%373 = icmp ugt i64 %368, %370
	%374 = icmp ult i64 %368, %370
	%375 = select i1 %372, i1 %373, i1 %374
	br i1 %375, label %379, label %382

376:
	call void @llvm.nvvm.barrier0()
	%377 = xor i32 %0, 16
	%378 = icmp ugt i32 %377, %0
	br i1 %378, label %383, label %393

379:
	%380 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %370, i64 addrspace(3)* %380
	%381 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %360
	store i64 %368, i64 addrspace(3)* %381
	br label %382

382:
	br label %376

383:
	%384 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%385 = load i64, i64 addrspace(3)* %384
	%386 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %377
	%387 = load i64, i64 addrspace(3)* %386
	%388 = and i32 %0, 64
	%389 = icmp eq i32 %388, 0
	%390 = icmp ugt i64 %385, %387
	%391 = icmp ult i64 %385, %387
	%392 = select i1 %389, i1 %390, i1 %391
	br i1 %392, label %396, label %399

393:
	call void @llvm.nvvm.barrier0()
	%394 = xor i32 %0, 8
	%395 = icmp ugt i32 %394, %0
	br i1 %395, label %400, label %410

396:
	%397 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %387, i64 addrspace(3)* %397
	%398 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %377
	store i64 %385, i64 addrspace(3)* %398
	br label %399

399:
	br label %393

400:
	%401 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%402 = load i64, i64 addrspace(3)* %401
	%403 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %394
	%404 = load i64, i64 addrspace(3)* %403
	%405 = and i32 %0, 64
	%406 = icmp eq i32 %405, 0
	%407 = icmp ugt i64 %402, %404
	%408 = icmp ult i64 %402, %404
	%409 = select i1 %406, i1 %407, i1 %408
	br i1 %409, label %413, label %416

410:
	call void @llvm.nvvm.barrier0()
	%411 = xor i32 %0, 4
	%412 = icmp ugt i32 %411, %0
	br i1 %412, label %417, label %427

413:
	%414 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %404, i64 addrspace(3)* %414
	%415 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %394
	store i64 %402, i64 addrspace(3)* %415
	br label %416

416:
	br label %410

417:
	%418 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%419 = load i64, i64 addrspace(3)* %418
	%420 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %411
	%421 = load i64, i64 addrspace(3)* %420
	%422 = and i32 %0, 64
	%423 = icmp eq i32 %422, 0
	%424 = icmp ugt i64 %419, %421
	%425 = icmp ult i64 %419, %421
	%426 = select i1 %423, i1 %424, i1 %425
	br i1 %426, label %430, label %433

427:
	call void @llvm.nvvm.barrier0()
	%428 = xor i32 %0, 2
	%429 = icmp ugt i32 %428, %0
	br i1 %429, label %434, label %444

430:
	%431 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %421, i64 addrspace(3)* %431
	%432 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %411
	store i64 %419, i64 addrspace(3)* %432
	br label %433

433:
	br label %427

434:
	%435 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%436 = load i64, i64 addrspace(3)* %435
	%437 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %428
	%438 = load i64, i64 addrspace(3)* %437
	%439 = and i32 %0, 64
	%440 = icmp eq i32 %439, 0
	%441 = icmp ugt i64 %436, %438
	%442 = icmp ult i64 %436, %438
	%443 = select i1 %440, i1 %441, i1 %442
	br i1 %443, label %447, label %450

444:
	call void @llvm.nvvm.barrier0()
	%445 = xor i32 %0, 1
	%446 = icmp ugt i32 %445, %0
	br i1 %446, label %451, label %461

447:
	%448 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %438, i64 addrspace(3)* %448
	%449 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %428
	store i64 %436, i64 addrspace(3)* %449
	br label %450

450:
	br label %444

451:
	%452 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%453 = load i64, i64 addrspace(3)* %452
	%454 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %445
	%455 = load i64, i64 addrspace(3)* %454
	%456 = and i32 %0, 64
	%457 = icmp eq i32 %456, 0
	%458 = icmp ugt i64 %453, %455
	%459 = icmp ult i64 %453, %455
	%460 = select i1 %457, i1 %458, i1 %459
	br i1 %460, label %464, label %467

461:
	call void @llvm.nvvm.barrier0()
	%462 = xor i32 %0, 64
	%463 = icmp ugt i32 %462, %0
	br i1 %463, label %468, label %478

464:
	%465 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %455, i64 addrspace(3)* %465
	%466 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %445
	store i64 %453, i64 addrspace(3)* %466
	br label %467

467:
	br label %461

468:
	%469 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%470 = load i64, i64 addrspace(3)* %469
	%471 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %462
	%472 = load i64, i64 addrspace(3)* %471
	%473 = and i32 %0, 128
	%474 = icmp eq i32 %473, 0
	%475 = icmp ugt i64 %470, %472
	%476 = icmp ult i64 %470, %472
	%477 = select i1 %474, i1 %475, i1 %476
	br i1 %477, label %481, label %484

478:
	call void @llvm.nvvm.barrier0()
	%479 = xor i32 %0, 32
	%480 = icmp ugt i32 %479, %0
	br i1 %480, label %485, label %495

481:
	%482 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %472, i64 addrspace(3)* %482
	%483 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %462
	store i64 %470, i64 addrspace(3)* %483
	br label %484

484:
	br label %478

485:
	%486 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%487 = load i64, i64 addrspace(3)* %486
	%488 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %479
	%489 = load i64, i64 addrspace(3)* %488
	%490 = and i32 %0, 128
	%491 = icmp eq i32 %490, 0
	%492 = icmp ugt i64 %487, %489
	%493 = icmp ult i64 %487, %489
	%494 = select i1 %491, i1 %492, i1 %493
	br i1 %494, label %498, label %501

495:
	call void @llvm.nvvm.barrier0()
	%496 = xor i32 %0, 16
	%497 = icmp ugt i32 %496, %0
	br i1 %497, label %502, label %512

498:
	%499 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %489, i64 addrspace(3)* %499
	%500 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %479
	store i64 %487, i64 addrspace(3)* %500
	br label %501

501:
	br label %495

502:
	%503 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%504 = load i64, i64 addrspace(3)* %503
	%505 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %496
	%506 = load i64, i64 addrspace(3)* %505
	%507 = and i32 %0, 128
	%508 = icmp eq i32 %507, 0
	%509 = icmp ugt i64 %504, %506
	%510 = icmp ult i64 %504, %506
	%511 = select i1 %508, i1 %509, i1 %510
	br i1 %511, label %515, label %518

512:
	call void @llvm.nvvm.barrier0()
	%513 = xor i32 %0, 8
	%514 = icmp ugt i32 %513, %0
	br i1 %514, label %519, label %529

515:
	%516 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %506, i64 addrspace(3)* %516
	%517 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %496
	store i64 %504, i64 addrspace(3)* %517
	br label %518

518:
	br label %512

519:
	%520 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%521 = load i64, i64 addrspace(3)* %520
	%522 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %513
	%523 = load i64, i64 addrspace(3)* %522
	%524 = and i32 %0, 128
	%525 = icmp eq i32 %524, 0
	%526 = icmp ugt i64 %521, %523
	%527 = icmp ult i64 %521, %523
	%528 = select i1 %525, i1 %526, i1 %527
	br i1 %528, label %532, label %535

529:
	call void @llvm.nvvm.barrier0()
	%530 = xor i32 %0, 4
	%531 = icmp ugt i32 %530, %0
	br i1 %531, label %536, label %546

532:
	%533 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %523, i64 addrspace(3)* %533
	%534 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %513
	store i64 %521, i64 addrspace(3)* %534
	br label %535

535:
	br label %529

536:
	%537 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%538 = load i64, i64 addrspace(3)* %537
	%539 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %530
	%540 = load i64, i64 addrspace(3)* %539
	%541 = and i32 %0, 128
	%542 = icmp eq i32 %541, 0
	%543 = icmp ugt i64 %538, %540
	%544 = icmp ult i64 %538, %540
	%545 = select i1 %542, i1 %543, i1 %544
	br i1 %545, label %549, label %552

546:
	call void @llvm.nvvm.barrier0()
	%547 = xor i32 %0, 2
	%548 = icmp ugt i32 %547, %0
	br i1 %548, label %553, label %563

549:
	%550 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %540, i64 addrspace(3)* %550
	%551 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %530
	store i64 %538, i64 addrspace(3)* %551
	br label %552

552:
	br label %546

553:
	%554 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%555 = load i64, i64 addrspace(3)* %554
	%556 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %547
	%557 = load i64, i64 addrspace(3)* %556
	%558 = and i32 %0, 128
	%559 = icmp eq i32 %558, 0
	%560 = icmp ugt i64 %555, %557
	%561 = icmp ult i64 %555, %557
	%562 = select i1 %559, i1 %560, i1 %561
	br i1 %562, label %566, label %569

563:
	call void @llvm.nvvm.barrier0()
	%564 = xor i32 %0, 1
	%565 = icmp ugt i32 %564, %0
	br i1 %565, label %570, label %580

566:
	%567 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %557, i64 addrspace(3)* %567
	%568 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %547
	store i64 %555, i64 addrspace(3)* %568
	br label %569

569:
	br label %563

570:
	%571 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%572 = load i64, i64 addrspace(3)* %571
	%573 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %564
	%574 = load i64, i64 addrspace(3)* %573
	%575 = and i32 %0, 128
	%576 = icmp eq i32 %575, 0
	%577 = icmp ugt i64 %572, %574
	%578 = icmp ult i64 %572, %574
	%579 = select i1 %576, i1 %577, i1 %578
	br i1 %579, label %583, label %586

580:
	call void @llvm.nvvm.barrier0()
	%581 = xor i32 %0, 128
	%582 = icmp ugt i32 %581, %0
	br i1 %582, label %587, label %597

583:
	%584 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %574, i64 addrspace(3)* %584
	%585 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %564
	store i64 %572, i64 addrspace(3)* %585
	br label %586

586:
	br label %580

587:
	%588 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%589 = load i64, i64 addrspace(3)* %588
	%590 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %581
	%591 = load i64, i64 addrspace(3)* %590
	%592 = and i32 %0, 256
	%593 = icmp eq i32 %592, 0
	%594 = icmp ugt i64 %589, %591
	%595 = icmp ult i64 %589, %591
	%596 = select i1 %593, i1 %594, i1 %595
	br i1 %596, label %600, label %603

597:
	call void @llvm.nvvm.barrier0()
	%598 = xor i32 %0, 64
	%599 = icmp ugt i32 %598, %0
	br i1 %599, label %604, label %614

600:
	%601 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %591, i64 addrspace(3)* %601
	%602 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %581
	store i64 %589, i64 addrspace(3)* %602
	br label %603

603:
	br label %597

604:
	%605 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%606 = load i64, i64 addrspace(3)* %605
	%607 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %598
	%608 = load i64, i64 addrspace(3)* %607
	%609 = and i32 %0, 256
	%610 = icmp eq i32 %609, 0
	%611 = icmp ugt i64 %606, %608
	%612 = icmp ult i64 %606, %608
	%613 = select i1 %610, i1 %611, i1 %612
	br i1 %613, label %617, label %620

614:
	call void @llvm.nvvm.barrier0()
	%615 = xor i32 %0, 32
	%616 = icmp ugt i32 %615, %0
	br i1 %616, label %621, label %631

617:
	%618 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %608, i64 addrspace(3)* %618
	%619 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %598
	store i64 %606, i64 addrspace(3)* %619
	br label %620

620:
	br label %614

621:
	%622 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%623 = load i64, i64 addrspace(3)* %622
	%624 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %615
	%625 = load i64, i64 addrspace(3)* %624
	%626 = and i32 %0, 256
	%627 = icmp eq i32 %626, 0
	%628 = icmp ugt i64 %623, %625
	%629 = icmp ult i64 %623, %625
	%630 = select i1 %627, i1 %628, i1 %629
	br i1 %630, label %634, label %637

631:
	call void @llvm.nvvm.barrier0()
	%632 = xor i32 %0, 16
	%633 = icmp ugt i32 %632, %0
	br i1 %633, label %638, label %648

634:
	%635 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %625, i64 addrspace(3)* %635
	%636 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %615
	store i64 %623, i64 addrspace(3)* %636
	br label %637

637:
	br label %631

638:
	%639 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%640 = load i64, i64 addrspace(3)* %639
	%641 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %632
	%642 = load i64, i64 addrspace(3)* %641
	%643 = and i32 %0, 256
	%644 = icmp eq i32 %643, 0
	%645 = icmp ugt i64 %640, %642
	%646 = icmp ult i64 %640, %642
	%647 = select i1 %644, i1 %645, i1 %646
	br i1 %647, label %651, label %654

648:
	call void @llvm.nvvm.barrier0()
	%649 = xor i32 %0, 8
	%650 = icmp ugt i32 %649, %0
	br i1 %650, label %655, label %665

651:
	%652 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %642, i64 addrspace(3)* %652
	%653 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %632
	store i64 %640, i64 addrspace(3)* %653
	br label %654

654:
	br label %648

655:
	%656 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%657 = load i64, i64 addrspace(3)* %656
	%658 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %649
	%659 = load i64, i64 addrspace(3)* %658
	%660 = and i32 %0, 256
	%661 = icmp eq i32 %660, 0
	%662 = icmp ugt i64 %657, %659
	%663 = icmp ult i64 %657, %659
	%664 = select i1 %661, i1 %662, i1 %663
	br i1 %664, label %668, label %671

665:
	call void @llvm.nvvm.barrier0()
	%666 = xor i32 %0, 4
	%667 = icmp ugt i32 %666, %0
	br i1 %667, label %672, label %682

668:
	%669 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %659, i64 addrspace(3)* %669
	%670 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %649
	store i64 %657, i64 addrspace(3)* %670
	br label %671

671:
	br label %665

672:
	%673 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%674 = load i64, i64 addrspace(3)* %673
	%675 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %666
	%676 = load i64, i64 addrspace(3)* %675
	%677 = and i32 %0, 256
	%678 = icmp eq i32 %677, 0
	%679 = icmp ugt i64 %674, %676
	%680 = icmp ult i64 %674, %676
	%681 = select i1 %678, i1 %679, i1 %680
	br i1 %681, label %685, label %688

682:
	call void @llvm.nvvm.barrier0()
	%683 = xor i32 %0, 2
	%684 = icmp ugt i32 %683, %0
	br i1 %684, label %689, label %699

685:
	%686 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %676, i64 addrspace(3)* %686
	%687 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %666
	store i64 %674, i64 addrspace(3)* %687
	br label %688

688:
	br label %682

689:
	%690 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%691 = load i64, i64 addrspace(3)* %690
	%692 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %683
	%693 = load i64, i64 addrspace(3)* %692
	%694 = and i32 %0, 256
	%695 = icmp eq i32 %694, 0
	%696 = icmp ugt i64 %691, %693
	%697 = icmp ult i64 %691, %693
	%698 = select i1 %695, i1 %696, i1 %697
	br i1 %698, label %702, label %705

699:
	call void @llvm.nvvm.barrier0()
	%700 = xor i32 %0, 1
	%701 = icmp ugt i32 %700, %0
	br i1 %701, label %706, label %716

702:
	%703 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %693, i64 addrspace(3)* %703
	%704 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %683
	store i64 %691, i64 addrspace(3)* %704
	br label %705

705:
	br label %699

706:
	%707 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%708 = load i64, i64 addrspace(3)* %707
	%709 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %700
	%710 = load i64, i64 addrspace(3)* %709
	%711 = and i32 %0, 256
	%712 = icmp eq i32 %711, 0
	%713 = icmp ugt i64 %708, %710
	%714 = icmp ult i64 %708, %710
	%715 = select i1 %712, i1 %713, i1 %714
	br i1 %715, label %717, label %720

716:
	call void @llvm.nvvm.barrier0()
	br i1 %28, label %721, label %729

717:
	%718 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	store i64 %710, i64 addrspace(3)* %718
	%719 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %700
	store i64 %708, i64 addrspace(3)* %719
	br label %720

720:
	br label %716

721:
	%722 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @$K_keys, i32 0, i32 %0
	%723 = load i64, i64 addrspace(3)* %722
	%724 = trunc i64 %723 to i32
	%725 = mul i32 %2, %N
	%726 = add i32 %725, %25
	%727 = sext i32 %726 to i64
	%728 = getelementptr i32, i32* %perm, i64 %727
	store i32 %724, i32* %728
	br label %729

729:
	br label %done
}
